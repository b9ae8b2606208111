// A minimal HTTP load balancer in front of several course instances, for the
// hosting test; it does what any load balancer in front of the course does:
// - round robin: each request goes to the next instance, so one learner's
//   requests land on all of them;
// - X-Forwarded-For is the client's address (replacing whatever the client
//   sent), Host is passed through as the client sent it;
// - a fresh connection to the instance per request;
// - a request whose connection the instance refuses (it is stopping, or
//   down) never reached it, so it goes to the next instance; a request that
//   reached an instance and got no answer is "broken" and answered 502 (a
//   POST is never sent twice).
// Every forwarded request is logged with the instance that answered it, and
// `inFlight` counts, per instance, the requests it has not answered yet.
import http from "node:http";
import { freePort } from "./free-port.mjs";

const HOP_BY_HOP = ["connection", "keep-alive", "transfer-encoding", "upgrade", "proxy-connection"];

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

function withoutHopByHop(headers) {
  const copy = { ...headers };
  for (const name of HOP_BY_HOP) delete copy[name];
  return copy;
}

/**
 * @param {string[]} upstreams base URLs of the instances
 * @returns {Promise<{ url: string, log: { upstream: number, method: string, path: string, status: number | "refused" | "broken", started: number, ended: number }[], inFlight: number[], stop: () => Promise<void> }>}
 */
export async function startLoadBalancer(upstreams, { port } = {}) {
  const targets = upstreams.map((url) => new URL(url));
  const log = [];
  const inFlight = targets.map(() => 0);
  let next = 0;

  /** Sends one request to one instance; settles with what happened. */
  const forward = (index, request, body, response) =>
    new Promise((resolve) => {
      const target = targets[index];
      const entry = { upstream: index, method: request.method, path: request.url, status: "broken", started: Date.now(), ended: 0 };
      let answered = false;
      inFlight[index] += 1;
      const settle = (outcome) => {
        inFlight[index] -= 1;
        entry.ended = Date.now();
        log.push(entry);
        resolve(outcome);
      };
      const headers = withoutHopByHop(request.headers);
      headers["x-forwarded-for"] = request.socket.remoteAddress?.replace(/^::ffff:/, "") ?? "";
      headers["content-length"] = String(body.length);
      headers.connection = "close";
      const upstream = http.request({ host: target.hostname, port: target.port, method: request.method, path: request.url, headers, agent: false });
      upstream.on("response", (answer) => {
        answered = true;
        entry.status = answer.statusCode;
        response.writeHead(answer.statusCode, { ...withoutHopByHop(answer.headers), "x-upstream": String(index) });
        answer.pipe(response);
        answer.on("end", () => settle("answered"));
        answer.on("error", () => {
          entry.status = "broken";
          response.destroy();
          settle("broken");
        });
      });
      upstream.on("error", (error) => {
        if (answered) return; // the answer's own error handler reports it
        if (error.code === "ECONNREFUSED") {
          entry.status = "refused";
          settle("refused");
          return;
        }
        response.writeHead(502, { "content-type": "text/plain" });
        response.end(`instance ${index} did not answer: ${error.code ?? error.message}`);
        settle("broken");
      });
      upstream.end(body);
    });

  const server = http.createServer(async (request, response) => {
    const body = await readBody(request);
    for (let tried = 0; tried < targets.length; tried += 1) {
      const index = next++ % targets.length;
      if ((await forward(index, request, body, response)) !== "refused") return;
    }
    response.writeHead(502, { "content-type": "text/plain" });
    response.end("no instance accepted the connection");
  });
  const listenPort = port ?? (await freePort());
  await new Promise((resolve) => server.listen(listenPort, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${listenPort}`,
    log,
    inFlight,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
