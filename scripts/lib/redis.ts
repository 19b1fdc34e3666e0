/**
 * A Redis for the tests that need one: the one REDIS_TEST_URL names, else the machine's own at
 * 127.0.0.1:6379 when it answers, else Debian's redis-server (installed here as root when
 * missing, as nginx and chromium are) started on a spare port for the run.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { connect } from "node:net";
import { debianBinary } from "./debian";

function answers(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host });
    socket.setTimeout(1_000);
    socket.once("connect", () => {
      socket.write("PING\r\n");
    });
    socket.once("data", (data) => {
      socket.destroy();
      resolve(data.toString().startsWith("+PONG"));
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}

function redisServerBinary(): string {
  const found = debianBinary("/usr/bin/redis-server", "redis-server");
  if (found) return found;
  throw new Error("A Redis is needed: none answers on 127.0.0.1:6379 and redis-server is not installed (sudo apt-get install redis-server, or set REDIS_TEST_URL).");
}

/** A Redis URL to use, and how to stop what was started for it. */
export async function testRedis(spare = 6391): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.REDIS_TEST_URL) return { url: process.env.REDIS_TEST_URL, stop: async () => {} };
  if (await answers(6379)) return { url: "redis://127.0.0.1:6379", stop: async () => {} };
  const child: ChildProcess = spawn(redisServerBinary(), ["--port", String(spare), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  for (let i = 0; i < 50 && !(await answers(spare)); i++) await new Promise((r) => setTimeout(r, 100));
  if (!(await answers(spare))) throw new Error(`redis-server did not answer on port ${spare}`);
  return {
    url: `redis://127.0.0.1:${spare}`,
    stop: async () => {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    },
  };
}
