/**
 * A ZipPackage that remembers each part's decoded text, for `fix`: the worksheets it reads to plan
 * the fills are the ones it then edits, and a 50,000-row sheet should be inflated and decoded once.
 */
import { ZipPackage } from "./zip-package";

export class CachingZipPackage extends ZipPackage {
  private readonly texts = new Map<string, string | undefined>();

  override textOf(partName: string): string | undefined {
    if (!this.texts.has(partName)) this.texts.set(partName, super.textOf(partName));
    return this.texts.get(partName);
  }

  /** The stored name of a part (OPC names are case-insensitive; the package's spelling is what a rewrite must use). */
  storedNameOf(partName: string): string | undefined {
    const key = partName.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
    return this.partNames().find((name) => name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase() === key);
  }
}
