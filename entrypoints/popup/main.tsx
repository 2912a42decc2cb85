import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import { createPopupApi } from './api';
import '@/components/shared/base.css';
import './popup.css';

render(<Popup api={createPopupApi()} />, document.getElementById('root')!);
