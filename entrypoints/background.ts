/** Background bundle: all of it lives in background/ (one concern per file). */
import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../background';

export default defineBackground(startBackground);
