import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Every .ts and .tsx file under `dir`, recursively (for tests that read the app's own source). */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.(ts|tsx)$/.test(name) ? [file] : [];
  });
}
