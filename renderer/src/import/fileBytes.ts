/**
 * A file the user picked, as base64 for the contract: the page reads only
 * what the user chose (an <input type=file> or a drop), never the disk.
 */
export function fileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    // A data URL is base64 made by the browser, without a copy through a JS string of bytes.
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/** The types a DOCX picker offers: the extension, and the MIME type some systems filter by. */
export const DOCX_ACCEPT = '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Whether a dropped file looks like a DOCX by its name (the service checks what it really is). */
export const looksLikeDocx = (file: File) => /\.docx$/i.test(file.name);
