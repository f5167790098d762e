import { domAnimation } from 'framer-motion';

/** framer-motion's animation features, loaded after the first paint (see LazyMotion in app.tsx). */
export default domAnimation;
