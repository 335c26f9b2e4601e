// The demo imports the sources, as an npm user imports the package; `npm start` serves it with Vite.
import 'defus-info';
