"""Data entry without a screen: forms described as data, their field checks, the
writes they make, the Nilai grid and Excel import/export.

The Qt form builder in ``app/ui/record_form.py`` and the command line both drive
these modules, so a check or a write behaves the same whichever way in.
"""
