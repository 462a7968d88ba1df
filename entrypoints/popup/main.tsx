import { render } from 'preact';

function App() {
  return <p>Communiqué</p>;
}
render(<App />, document.getElementById('app')!);
