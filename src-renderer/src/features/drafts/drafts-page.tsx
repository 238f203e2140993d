export function DraftsPage() {
  return <h1>drafts</h1>;
}
