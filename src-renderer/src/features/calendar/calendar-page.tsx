export function CalendarPage() {
  return <h1>calendar</h1>;
}
