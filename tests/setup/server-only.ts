// Stands in for the `server-only` package in tests: Node tests are server code.
export {};
