export function LibraryApp() {
  return (
    <main style={{ maxWidth: '900px', margin: '0 auto', padding: '16px' }}>
      <h1>Quotelight library</h1>
      <p>Articles you save, with their quotes, your highlights and notes.</p>
    </main>
  );
}
