export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkEnvironmentOrExit } = await import("./lib/start-checks");
  checkEnvironmentOrExit();
  // Firms' schedule changes go out in one mail each once quiet (lib/meetings/change-mail-sweep.ts).
  if (process.env.KAKEHASHI_CHANGE_SWEEP !== "off") {
    const { startChangeMailSweep } = await import("./lib/meetings/change-mail-sweep");
    startChangeMailSweep();
  }
  // Each app server runs the job queue's worker (reminders, message digests): lib/jobs.
  const { startJobWorker } = await import("./lib/jobs/start-worker");
  startJobWorker();
}
