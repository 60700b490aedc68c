"""Printing plans from the GUI, one module per action.

``export`` saves one plan, ``preview`` shows it, ``printer`` sends it to a printer,
``batch_dialog`` exports many; ``common`` holds what they share. Modules are imported
where they are used, so opening the window does not load Qt's PDF modules.
"""
