# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'partner.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from supervision_app.gui.supervision.widgets import TextBox

class Ui_PartnerForm(object):
    def setupUi(self, PartnerForm):
        if not PartnerForm.objectName():
            PartnerForm.setObjectName(u"PartnerForm")
        self.layout = QVBoxLayout(PartnerForm)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.name_label = QLabel(PartnerForm)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(PartnerForm)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.name_hint = QLabel(PartnerForm)
        self.name_hint.setObjectName(u"name_hint")
        self.name_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.name_hint.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_hint)

        self.role_label = QLabel(PartnerForm)
        self.role_label.setObjectName(u"role_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role = QComboBox(PartnerForm)
        self.role.setObjectName(u"role")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role)

        self.notes_label = QLabel(PartnerForm)
        self.notes_label.setObjectName(u"notes_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = TextBox(PartnerForm)
        self.notes.setObjectName(u"notes")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notes)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(PartnerForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.role_label.setBuddy(self.role)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.role)
        QWidget.setTabOrder(self.role, self.notes)

        self.retranslateUi(PartnerForm)

        QMetaObject.connectSlotsByName(PartnerForm)
    # setupUi

    def retranslateUi(self, PartnerForm):
        PartnerForm.setWindowTitle(QCoreApplication.translate("PartnerForm", u"Add a supervision partner", None))
        self.name_label.setText(QCoreApplication.translate("PartnerForm", u"&Name or initials", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("PartnerForm", u"Name or initials", None))
#endif // QT_CONFIG(accessibility)
        self.name.setPlaceholderText(QCoreApplication.translate("PartnerForm", u"e.g. AB", None))
        self.name_hint.setText(QCoreApplication.translate("PartnerForm", u"The name or initials of your supervisor, supervisee or peer \u2014 never of a person you support.", None))
        self.role_label.setText(QCoreApplication.translate("PartnerForm", u"&Their role", None))
#if QT_CONFIG(accessibility)
        self.role.setAccessibleName(QCoreApplication.translate("PartnerForm", u"Their role", None))
#endif // QT_CONFIG(accessibility)
        self.notes_label.setText(QCoreApplication.translate("PartnerForm", u"N&otes", None))
#if QT_CONFIG(accessibility)
        self.notes.setAccessibleName(QCoreApplication.translate("PartnerForm", u"Notes about the partner", None))
#endif // QT_CONFIG(accessibility)
        self.notes.setPlaceholderText(QCoreApplication.translate("PartnerForm", u"Optional", None))
    # retranslateUi

