export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkEnvironmentOrExit } = await import("./lib/start-checks");
  checkEnvironmentOrExit();
  // The socket's address for throttling (lib/http/client-address.ts), before the first request is handled.
  const { installPeerAddressHook } = await import("./lib/http/peer-address-hook");
  installPeerAddressHook();
  // The password-strength estimator builds its dictionaries on its own thread before the first sign-up.
  const { warmPasswordEstimator } = await import("./lib/auth/password");
  warmPasswordEstimator();
  // Firms' schedule changes go out in one mail each once quiet (lib/meetings/change-mail-sweep.ts).
  if (process.env.KAKEHASHI_CHANGE_SWEEP !== "off") {
    const { startChangeMailSweep } = await import("./lib/meetings/change-mail-sweep");
    startChangeMailSweep();
  }
  // Each app server runs the job queue's worker (reminders, message digests): lib/jobs.
  const { startJobWorker } = await import("./lib/jobs/start-worker");
  startJobWorker();
}
