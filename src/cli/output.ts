import fs from 'node:fs';
import path from 'node:path';

/** Writes a report file atomically (temporary file in the same folder, then rename). */
export function writeOutputFile(file: string, text: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}
