/**
 * nginx for the proxy recipe (docs/deploy/nginx.conf): Debian's package, installed here as root
 * when missing; the recipe rendered with this machine's paths and started in the foreground.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { debianBinary } from "./debian";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
export const NGINX_RECIPE = path.join(ROOT, "docs", "deploy", "nginx.conf");

export function nginxBinary(): string {
  const binary = process.env.NGINX_PATH ?? "/usr/sbin/nginx";
  const found = debianBinary(binary, "nginx");
  if (found) return found;
  throw new Error(`nginx is needed here and was not found at ${binary}: sudo apt-get install nginx (or set NGINX_PATH).`);
}

/** The recipe with its placeholders filled in. */
export async function renderNginxConfig(values: { listen: string; upstreams: string[]; runDir: string; root?: string }): Promise<string> {
  const template = await readFile(NGINX_RECIPE, "utf8");
  // First, so that nginx is installed (when missing) before its mime.types is looked for.
  const binary = nginxBinary();
  const filled: Record<string, string> = {
    LISTEN: values.listen,
    SERVERS: values.upstreams.map((address) => `server ${address};`).join(" "),
    ROOT: values.root ?? ROOT,
    RUN_DIR: values.runDir,
    MIME_TYPES: existsSync("/etc/nginx/mime.types") ? "/etc/nginx/mime.types" : path.join(path.dirname(binary), "..", "conf", "mime.types"),
  };
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!(name in filled)) throw new Error(`docs/deploy/nginx.conf: unknown placeholder {{${name}}}`);
    return filled[name]!;
  });
}

/**
 * Starts nginx with the recipe in front of the instances at `upstreams` (host:port each), serving
 * static files from `root` (the project, or a release folder); resolves once it answers.
 */
export async function startProxy(options: { port: number; upstreams: string[]; runDir: string; root?: string }): Promise<{ child: ChildProcess; stop: () => Promise<void> }> {
  await mkdir(options.runDir, { recursive: true });
  // nginx's workers run as an unprivileged user when started as root: they write here.
  await chmod(options.runDir, 0o777);
  const conf = path.join(options.runDir, "nginx.conf");
  await writeFile(conf, await renderNginxConfig({ listen: `127.0.0.1:${options.port}`, upstreams: options.upstreams, runDir: options.runDir, root: options.root }));
  const child = spawn(nginxBinary(), ["-c", conf, "-e", path.join(options.runDir, "error.log"), "-g", "daemon off;"], { stdio: ["ignore", "inherit", "inherit"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  for (let i = 0; i < 50; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}: see ${options.runDir}/error.log`);
    try {
      await fetch(`http://127.0.0.1:${options.port}/favicon.ico`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    child,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGQUIT");
      await exited;
    },
  };
}
