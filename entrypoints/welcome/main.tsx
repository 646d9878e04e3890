import { render } from 'preact';

function App() {
  return <main><h1>借贷护盾 · welcome</h1></main>;
}

render(<App />, document.getElementById('app')!);
