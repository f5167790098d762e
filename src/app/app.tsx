/** Temporary shell: replaced by the scenario library page. */
export function App() {
  return (
    <main className="app-shell">
      <h1>Extra Mile</h1>
      <p>Practise real customer conversations and learn what going the extra mile looks like.</p>
    </main>
  );
}
