import { render } from 'preact';
import '@/components/extension-page.css';
import './review.css';
import { ReviewApp } from './ReviewApp';

render(<ReviewApp />, document.getElementById('app')!);
