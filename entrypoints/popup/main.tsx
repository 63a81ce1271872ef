import { createRoot } from 'react-dom/client';
import '../../components/styles.css';
import { App } from './App';

performance.mark('cm-script');
createRoot(document.getElementById('root')!).render(<App />);
