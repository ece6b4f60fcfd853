// The password-strength estimator (zxcvbn-ts) on a worker thread: one estimate takes 50 to 500 ms of CPU
// (more for the first, which builds its dictionaries), and on the main thread a burst of sign-ups stalled
// every other request. Plain JavaScript, loaded from the project's own folder at run time (password.ts), so it
// runs the same under `next start`, the tests and the benchmarks. Answers { id, score, warning } per request.
import { parentPort } from "node:worker_threads";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

// zxcvbn translates its warnings; handing it each key as its own "translation" gives the keys back.
const identity = (o) => Object.fromEntries(Object.keys(o).map((k) => [k, k]));

const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...english.dictionary },
  graphs: common.adjacencyGraphs,
  translations: {
    warnings: identity(english.translations.warnings),
    suggestions: identity(english.translations.suggestions),
    timeEstimation: english.translations.timeEstimation,
  },
});

parentPort.on("message", ({ id, password, inputs }) => {
  try {
    const result = zxcvbn.check(password, inputs);
    parentPort.postMessage({ id, score: result.score, warning: result.feedback.warning ?? null });
  } catch (e) {
    parentPort.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
