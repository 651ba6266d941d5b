/**
 * A picked file's bytes, read in the pane. FileReader rather than Blob.arrayBuffer: older Office
 * webviews (and jsdom) lack the latter, and every host has the former.
 */
export function fileBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read."));
    reader.readAsArrayBuffer(file);
  });
}
