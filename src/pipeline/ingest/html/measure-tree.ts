/** How many elements a tree holds and how deeply they nest. */
export function measureTree(root: Element): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [el, d] = stack.pop()!;
    elements += 1;
    if (d > depth) depth = d;
    for (let child = el.firstElementChild; child !== null; child = child.nextElementSibling) stack.push([child, d + 1]);
  }
  return { elements, depth };
}
