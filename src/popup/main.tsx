import { render } from 'preact';
import { App } from './App';
import { currentTabId } from './current-tab';

// Text from pages is only ever rendered as Preact text children (escaped), never as HTML.
void currentTabId().then((tabId) => render(<App tabId={tabId} />, document.getElementById('app')!));
