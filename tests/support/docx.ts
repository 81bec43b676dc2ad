/**
 * Word files made in the tests, so no binary is committed: the minimal OOXML parts of a .docx
 * zipped with jszip, and an encrypted (password-protected) file's OLE container made with cfb.
 */
import JSZip from 'jszip';
import CFB from 'cfb';

/** A piece of a paragraph. */
export type Run = string | { link: string; text: string } | { br: true } | { footnote: string } | { image: string };
/** A paragraph (text or runs, optionally a heading), or a table of cell texts. */
export type Block = string | { runs: Run[]; heading?: 1 | 2 } | { table: string[][] };

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

const text = (s: string) => `<w:r><w:t xml:space="preserve">${esc(s)}</w:t></w:r>`;

/** A .docx holding these blocks. */
export async function makeDocx(blocks: readonly Block[]): Promise<Buffer> {
  const rels: string[] = [];
  const footnotes: string[] = [];
  const images: string[] = [];
  const run = (r: Run): string => {
    if (typeof r === 'string') return text(r);
    if ('br' in r) return '<w:r><w:br/></w:r>';
    if ('link' in r) {
      const id = `rId${rels.length + 10}`;
      rels.push(`<Relationship Id="${id}" Type="${R}/hyperlink" Target="${esc(r.link)}" TargetMode="External"/>`);
      return `<w:hyperlink r:id="${id}">${text(r.text)}</w:hyperlink>`;
    }
    if ('image' in r) {
      // An inline picture with its alt text (descr) and a 1x1 PNG part.
      const id = `rId${rels.length + 10}`;
      const name = `media/image${images.length + 1}.png`;
      rels.push(`<Relationship Id="${id}" Type="${R}/image" Target="${name}"/>`);
      images.push(name);
      return (
        '<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">' +
        `<wp:docPr id="${images.length}" name="Picture ${images.length}" descr="${esc(r.image)}"/>` +
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
        `<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:embed="${id}"/></pic:blipFill></pic:pic>` +
        '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
      );
    }
    const id = footnotes.length + 1;
    footnotes.push(`<w:footnote w:id="${id}"><w:p>${text(r.footnote)}</w:p></w:footnote>`);
    return `<w:r><w:footnoteReference w:id="${id}"/></w:r>`;
  };
  const para = (b: Exclude<Block, { table: string[][] }>): string => {
    if (typeof b === 'string') return `<w:p>${text(b)}</w:p>`;
    const style = b.heading ? `<w:pPr><w:pStyle w:val="Heading${b.heading}"/></w:pPr>` : '';
    return `<w:p>${style}${b.runs.map(run).join('')}</w:p>`;
  };
  const body = blocks
    .map((b) => (typeof b === 'object' && 'table' in b ? `<w:tbl>${b.table.map((row) => `<w:tr>${row.map((c) => `<w:tc><w:p>${text(c)}</w:p></w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>` : para(b)))
    .join('');
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
  );
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}</w:body></w:document>`);
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="${R}/footnotes" Target="footnotes.xml"/>${rels.join('')}</Relationships>`,
  );
  for (const name of images) zip.file(`word/${name}`, PNG_1X1);
  zip.file('word/footnotes.xml', `<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="${W}">${footnotes.join('')}</w:footnotes>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * What Word writes for a password-protected document: an OLE compound file with the streams
 * `EncryptionInfo` and `EncryptedPackage` instead of a zip (the contents here are random bytes).
 */
export function makeEncryptedDocx(): Buffer {
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0, ...Array.from({ length: 200 }, (_, i) => (i * 7) & 0xff)]));
  CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31 + 7) & 0xff)));
  return Buffer.from(CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
}

/** An old binary Word file's container (OLE, no encryption streams). */
export function makeOldDoc(): Buffer {
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, '/WordDocument', Buffer.from(Array.from({ length: 1024 }, (_, i) => i & 0xff)));
  return Buffer.from(CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
}
