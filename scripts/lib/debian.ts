import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { userInfo } from "node:os";

/**
 * A tool the tests need from Debian (nginx, redis-server): `binary` when it is there, else the
 * package installed with apt-get when running as root (CI), else null. RUNLEVEL=1: the package
 * must not start a system service of its own.
 */
export function debianBinary(binary: string, pkg: string): string | null {
  if (existsSync(binary)) return binary;
  if (userInfo().uid !== 0 || !existsSync("/usr/bin/apt-get")) return null;
  console.log(`[${pkg}] installing Debian's ${pkg}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive", RUNLEVEL: "1" };
  const install = () => execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", pkg], { stdio: "inherit", env });
  try {
    install();
  } catch {
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    install();
  }
  return existsSync(binary) ? binary : null;
}
