export function ComposerPage() {
  return <h1>composer</h1>;
}
