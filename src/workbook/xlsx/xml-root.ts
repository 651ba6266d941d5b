/**
 * Whether an XML part ends with the end tag of its root element (any prefix, spaces before ">",
 * trailing white space): a part cut short, or whose root was never closed, does not. Excel reports
 * such a file as corrupt; reading on would quietly check only what came before the cut.
 */
export function hasClosedRoot(xml: string, root: string): boolean {
  const tail = xml.slice(-(root.length + 200)).trimEnd();
  return new RegExp(`</(?:[A-Za-z_][\\w.-]*:)?${root}\\s*>$`).test(tail);
}
