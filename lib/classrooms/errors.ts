/** A request the current user may not make; routes answer 403. */
export class ForbiddenError extends Error {
  readonly status = 403;
  constructor(message = "You are not allowed to do that.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** Missing, or not visible to the current user; routes answer 404. */
export class NotFoundError extends Error {
  readonly status = 404;
  constructor(message = "Not found.") {
    super(message);
    this.name = "NotFoundError";
  }
}

/** Bad input from the user; routes answer 400 with the message. */
export class InputError extends Error {
  readonly status = 400;
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}
