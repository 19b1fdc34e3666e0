/**
 * Set by the server when it starts to stop (scripts/start.ts): /api/health then answers 503 so a
 * load balancer stops sending requests here while the ones in flight finish. Shared through
 * globalThis because the start script and Next's route modules load this file separately.
 */
const state = globalThis as { __ocopDraining?: boolean };

export function markDraining(): void {
  state.__ocopDraining = true;
}

export function isDraining(): boolean {
  return state.__ocopDraining === true;
}
