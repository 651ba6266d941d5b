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
}
