/** The image files pages show, copied to `_images/` under the names the resolver gave them. */
import type { Site } from '../resolve/site.js';
import type { OutputFile } from './write.js';

export function imageFiles(site: Site): OutputFile[] {
  const out: OutputFile[] = [];
  for (const [file, name] of site.data.images) {
    const content = site.files.readBinary(file);
    if (content) out.push({ path: `_images/${name}`, content });
  }
  return out;
}
