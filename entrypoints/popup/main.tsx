import { render } from 'preact';
import '@/components/extension-page.css';
import './popup.css';
import { PopupApp } from './PopupApp';

render(<PopupApp />, document.getElementById('app')!);
