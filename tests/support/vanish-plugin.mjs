// A test plugin that makes a file vanish mid-run: while `a.md` is linted, it deletes `b.md` beside
// it (discovery has already listed it), as a branch switch or an editor's save can.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const rules = [
  {
    meta: {
      id: 'vanish',
      section: 'Test only',
      description: 'Deletes b.md while a.md is linted.',
      guidance: 'None: a test helper.',
      messages: {},
      checks: { remove: { description: 'Deletes b.md beside a.md.', severity: 'warn', messages: [] } },
      options: z.strictObject({}),
    },
    checks: {
      remove(doc) {
        if (path.basename(doc.filePath) === 'a.md') fs.rmSync(path.join(path.dirname(doc.filePath), 'b.md'), { force: true });
      },
    },
  },
];
