import { createRoot } from 'react-dom/client';
import '../../components/styles.css';
import { LocaleProvider } from '../../lib/ui/locale';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <LocaleProvider titleKey="title.welcome">
    <App />
  </LocaleProvider>,
);
