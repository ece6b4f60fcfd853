export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkEnvironmentOrExit } = await import("./lib/start-checks");
  checkEnvironmentOrExit();
  // Each app server runs the job queue's worker (reminders, message digests): lib/jobs.
  const { startJobWorker } = await import("./lib/jobs/start-worker");
  startJobWorker();
}
