import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import './popup.css';

render(<Popup lang={navigator.language.toLowerCase().startsWith('en') ? 'en' : 'id'} />, document.getElementById('root')!);
