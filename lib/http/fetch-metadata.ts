// Which requests the API answers, judged by the browser's Fetch Metadata
// (Sec-Fetch-Dest). The app calls its API with fetch() (destination
// "empty") and links to it for downloads ("document"). A script, JSON-module,
// font, image or worker load of an API URL is never the app's own: it is how
// code in the Python worker, which has no fetch(), could still make a request
// that carries the learner's cookies. Browsers that send no metadata (old
// ones, and non-browser clients) are let through: their requests are not
// made by the worker.
const API_DESTINATIONS = new Set(["empty", "document"]);

export function apiRequestAllowed(headers: Headers): boolean {
  const destination = headers.get("sec-fetch-dest");
  return destination === null || API_DESTINATIONS.has(destination);
}
