// Functions evaluated in the library page (self-contained): what a reader's downloads and file
// picker would do, so tests can read exports and choose a file to import.

/** Keeps what the export buttons hand to the browser instead of saving files. */
export function captureDownloads(): boolean {
  const w = window as unknown as { qlBlobs: Blob[]; qlNames: string[] };
  w.qlBlobs = [];
  w.qlNames = [];
  const create = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (b: Blob | MediaSource) => {
    if (b instanceof Blob) w.qlBlobs.push(b);
    return create(b);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    w.qlNames.push(this.download);
  };
  return true;
}

export async function capturedDownloads(): Promise<{ names: string[]; texts: string[] }> {
  const w = window as unknown as { qlBlobs: Blob[]; qlNames: string[] };
  return { names: w.qlNames, texts: await Promise.all(w.qlBlobs.map((b) => b.text())) };
}

/** Chooses a file in the import input as the file picker would. */
export function chooseImportFile(file: { name: string; content: string }): number {
  const input = document.querySelector<HTMLInputElement>('.import input[type=file]')!;
  const dt = new DataTransfer();
  dt.items.add(new File([file.content], file.name, { type: 'application/json' }));
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return dt.files.length;
}
