import { startBackground } from '../../lib/background/start';

// All logic lives in lib/background; this only wires it up when the worker starts.
export default defineBackground(() => {
  startBackground();
});
