import { render } from 'preact';
import { keepBackgroundAlive } from './keep-alive';
import { LibraryApp } from './LibraryApp';

keepBackgroundAlive();
render(<LibraryApp />, document.getElementById('app')!);
