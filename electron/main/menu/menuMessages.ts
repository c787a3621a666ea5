/**
 * The application menu's words. The menu is built in the main process, so
 * its labels are formatted there, from the same catalogs as the page's.
 */
import { defineMessages } from '../../../core/i18n/wording';

export const menuMessages = defineMessages({
  about: { id: 'menu.app.about', defaultMessage: 'About LetterDesk' },
  preferences: { id: 'menu.app.preferences', defaultMessage: 'Preferences…' },
  services: { id: 'menu.app.services', defaultMessage: 'Services' },
  hide: { id: 'menu.app.hide', defaultMessage: 'Hide LetterDesk' },
  hideOthers: { id: 'menu.app.hideOthers', defaultMessage: 'Hide Others' },
  showAll: { id: 'menu.app.showAll', defaultMessage: 'Show All' },
  quit: { id: 'menu.app.quit', defaultMessage: 'Quit LetterDesk' },
  file: { id: 'menu.file.title', defaultMessage: 'File' },
  newLetter: { id: 'menu.file.newLetter', defaultMessage: 'New Letter…' },
  openRecent: { id: 'menu.file.openRecent', defaultMessage: 'Open Recent' },
  noRecent: { id: 'menu.file.noRecent', defaultMessage: 'No Recent Letters' },
  clearRecent: { id: 'menu.file.clearRecent', defaultMessage: 'Clear Recent' },
  settings: { id: 'menu.file.settings', defaultMessage: 'Settings…' },
  close: { id: 'menu.file.closeWindow', defaultMessage: 'Close Window' },
  exit: { id: 'menu.file.exit', defaultMessage: 'Exit' },
  edit: { id: 'menu.edit.title', defaultMessage: 'Edit' },
  undo: { id: 'menu.edit.undo', defaultMessage: 'Undo' },
  redo: { id: 'menu.edit.redo', defaultMessage: 'Redo' },
  cut: { id: 'menu.edit.cut', defaultMessage: 'Cut' },
  copy: { id: 'menu.edit.copy', defaultMessage: 'Copy' },
  paste: { id: 'menu.edit.paste', defaultMessage: 'Paste' },
  selectAll: { id: 'menu.edit.selectAll', defaultMessage: 'Select All' },
  findInLibrary: { id: 'menu.edit.findInLibrary', defaultMessage: 'Find in Library' },
  view: { id: 'menu.view.title', defaultMessage: 'View' },
  reload: { id: 'menu.view.reload', defaultMessage: 'Reload' },
  devTools: { id: 'menu.view.devTools', defaultMessage: 'Toggle Developer Tools' },
  actualSize: { id: 'menu.view.actualSize', defaultMessage: 'Actual Size' },
  zoomIn: { id: 'menu.view.zoomIn', defaultMessage: 'Zoom In' },
  zoomOut: { id: 'menu.view.zoomOut', defaultMessage: 'Zoom Out' },
  fullScreen: { id: 'menu.view.fullScreen', defaultMessage: 'Toggle Full Screen' },
  letter: { id: 'menu.letter.title', defaultMessage: 'Letter' },
  save: { id: 'menu.letter.save', defaultMessage: 'Save Now' },
  exportDocx: { id: 'menu.letter.exportDocx', defaultMessage: 'Export as Word (DOCX)…' },
  printPdf: { id: 'menu.letter.printPdf', defaultMessage: 'Print to PDF…' },
  comment: { id: 'menu.letter.comment', defaultMessage: 'Comment…' },
  help: { id: 'menu.help.title', defaultMessage: 'Help' },
});
