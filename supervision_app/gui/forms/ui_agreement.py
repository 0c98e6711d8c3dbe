# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agreement.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QScrollArea, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

from supervision_app.gui.supervision.widgets import TextBox

class Ui_AgreementForm(object):
    def setupUi(self, AgreementForm):
        if not AgreementForm.objectName():
            AgreementForm.setObjectName(u"AgreementForm")
        AgreementForm.resize(640, 720)
        self.main_layout = QVBoxLayout(AgreementForm)
        self.main_layout.setObjectName(u"main_layout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.version_label = QLabel(AgreementForm)
        self.version_label.setObjectName(u"version_label")

        self.top.addWidget(self.version_label)

        self.version = QComboBox(AgreementForm)
        self.version.setObjectName(u"version")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.version.sizePolicy().hasHeightForWidth())
        self.version.setSizePolicy(sizePolicy)

        self.top.addWidget(self.version)


        self.main_layout.addLayout(self.top)

        self.history_note = QLabel(AgreementForm)
        self.history_note.setObjectName(u"history_note")
        self.history_note.setTextFormat(Qt.TextFormat.PlainText)
        self.history_note.setWordWrap(True)

        self.main_layout.addWidget(self.history_note)

        self.scroll = QScrollArea(AgreementForm)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.fields = QWidget()
        self.fields.setObjectName(u"fields")
        self.form = QFormLayout(self.fields)
        self.form.setObjectName(u"form")
        self.agreed_on_label = QLabel(self.fields)
        self.agreed_on_label.setObjectName(u"agreed_on_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.agreed_on_label)

        self.timing_label = QLabel(self.fields)
        self.timing_label.setObjectName(u"timing_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.timing_label)

        self.timing = QHBoxLayout()
        self.timing.setObjectName(u"timing")
        self.frequency_label = QLabel(self.fields)
        self.frequency_label.setObjectName(u"frequency_label")

        self.timing.addWidget(self.frequency_label)

        self.frequency = QSpinBox(self.fields)
        self.frequency.setObjectName(u"frequency")
        self.frequency.setMaximum(366)

        self.timing.addWidget(self.frequency)

        self.length_label = QLabel(self.fields)
        self.length_label.setObjectName(u"length_label")

        self.timing.addWidget(self.length_label)

        self.length = QSpinBox(self.fields)
        self.length.setObjectName(u"length")
        self.length.setMaximum(1440)
        self.length.setSingleStep(15)

        self.timing.addWidget(self.length)

        self.timing_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timing.addItem(self.timing_stretch)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.timing)

        self.purpose_label = QLabel(self.fields)
        self.purpose_label.setObjectName(u"purpose_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.purpose_label)

        self.purpose = TextBox(self.fields)
        self.purpose.setObjectName(u"purpose")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.purpose)

        self.format_label = QLabel(self.fields)
        self.format_label.setObjectName(u"format_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.format_label)

        self.format = QLineEdit(self.fields)
        self.format.setObjectName(u"format")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.format)

        self.place_label = QLabel(self.fields)
        self.place_label.setObjectName(u"place_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place = QLineEdit(self.fields)
        self.place.setObjectName(u"place")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.place)

        self.cancellation_label = QLabel(self.fields)
        self.cancellation_label.setObjectName(u"cancellation_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.cancellation_label)

        self.cancellation = TextBox(self.fields)
        self.cancellation.setObjectName(u"cancellation")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.cancellation)

        self.confidentiality_label = QLabel(self.fields)
        self.confidentiality_label.setObjectName(u"confidentiality_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.confidentiality_label)

        self.confidentiality = TextBox(self.fields)
        self.confidentiality.setObjectName(u"confidentiality")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.confidentiality)

        self.confidentiality_limits_label = QLabel(self.fields)
        self.confidentiality_limits_label.setObjectName(u"confidentiality_limits_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.confidentiality_limits_label)

        self.confidentiality_limits = TextBox(self.fields)
        self.confidentiality_limits.setObjectName(u"confidentiality_limits")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.confidentiality_limits)

        self.recording_label = QLabel(self.fields)
        self.recording_label.setObjectName(u"recording_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.recording_label)

        self.recording = QLineEdit(self.fields)
        self.recording.setObjectName(u"recording")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.recording)

        self.copies_label = QLabel(self.fields)
        self.copies_label.setObjectName(u"copies_label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.copies_label)

        self.copies = QLineEdit(self.fields)
        self.copies.setObjectName(u"copies")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.copies)

        self.disagreement_label = QLabel(self.fields)
        self.disagreement_label.setObjectName(u"disagreement_label")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.disagreement_label)

        self.disagreement = TextBox(self.fields)
        self.disagreement.setObjectName(u"disagreement")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.disagreement)

        self.review_label = QLabel(self.fields)
        self.review_label.setObjectName(u"review_label")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.review_label)

        self.reevaluate_label = QLabel(self.fields)
        self.reevaluate_label.setObjectName(u"reevaluate_label")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.reevaluate_label)

        self.reevaluate = QSpinBox(self.fields)
        self.reevaluate.setObjectName(u"reevaluate")
        self.reevaluate.setMaximum(100)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.reevaluate)

        self.scroll.setWidget(self.fields)

        self.main_layout.addWidget(self.scroll)

        self.error = QLabel(AgreementForm)
        self.error.setObjectName(u"error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)

        self.main_layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(AgreementForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.version_label.setBuddy(self.version)
        self.frequency_label.setBuddy(self.frequency)
        self.length_label.setBuddy(self.length)
        self.purpose_label.setBuddy(self.purpose)
        self.format_label.setBuddy(self.format)
        self.place_label.setBuddy(self.place)
        self.cancellation_label.setBuddy(self.cancellation)
        self.confidentiality_label.setBuddy(self.confidentiality)
        self.confidentiality_limits_label.setBuddy(self.confidentiality_limits)
        self.recording_label.setBuddy(self.recording)
        self.copies_label.setBuddy(self.copies)
        self.disagreement_label.setBuddy(self.disagreement)
        self.reevaluate_label.setBuddy(self.reevaluate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.version, self.frequency)
        QWidget.setTabOrder(self.frequency, self.length)
        QWidget.setTabOrder(self.length, self.purpose)
        QWidget.setTabOrder(self.purpose, self.format)
        QWidget.setTabOrder(self.format, self.place)
        QWidget.setTabOrder(self.place, self.cancellation)
        QWidget.setTabOrder(self.cancellation, self.confidentiality)
        QWidget.setTabOrder(self.confidentiality, self.confidentiality_limits)
        QWidget.setTabOrder(self.confidentiality_limits, self.recording)
        QWidget.setTabOrder(self.recording, self.copies)
        QWidget.setTabOrder(self.copies, self.disagreement)
        QWidget.setTabOrder(self.disagreement, self.reevaluate)
        QWidget.setTabOrder(self.reevaluate, self.buttons)

        self.retranslateUi(AgreementForm)

        QMetaObject.connectSlotsByName(AgreementForm)
    # setupUi

    def retranslateUi(self, AgreementForm):
        AgreementForm.setWindowTitle(QCoreApplication.translate("AgreementForm", u"Supervision agreement", None))
        self.version_label.setText(QCoreApplication.translate("AgreementForm", u"&Show", None))
#if QT_CONFIG(accessibility)
        self.version.setAccessibleName(QCoreApplication.translate("AgreementForm", u"Version of the agreement", None))
#endif // QT_CONFIG(accessibility)
        self.agreed_on_label.setText(QCoreApplication.translate("AgreementForm", u"Date &agreed", None))
        self.timing_label.setText(QCoreApplication.translate("AgreementForm", u"How often", None))
        self.frequency_label.setText(QCoreApplication.translate("AgreementForm", u"&Every", None))
#if QT_CONFIG(accessibility)
        self.frequency.setAccessibleName(QCoreApplication.translate("AgreementForm", u"How often, in days", None))
#endif // QT_CONFIG(accessibility)
        self.frequency.setSpecialValueText(QCoreApplication.translate("AgreementForm", u"Not agreed", None))
        self.frequency.setSuffix(QCoreApplication.translate("AgreementForm", u" days", None))
        self.length_label.setText(QCoreApplication.translate("AgreementForm", u"Le&ngth", None))
#if QT_CONFIG(accessibility)
        self.length.setAccessibleName(QCoreApplication.translate("AgreementForm", u"Length of a session", None))
#endif // QT_CONFIG(accessibility)
        self.length.setSpecialValueText(QCoreApplication.translate("AgreementForm", u"Not agreed", None))
        self.length.setSuffix(QCoreApplication.translate("AgreementForm", u" min", None))
        self.purpose_label.setText(QCoreApplication.translate("AgreementForm", u"&Purpose", None))
#if QT_CONFIG(accessibility)
        self.purpose.setAccessibleName(QCoreApplication.translate("AgreementForm", u"Purpose", None))
#endif // QT_CONFIG(accessibility)
        self.purpose.setPlaceholderText(QCoreApplication.translate("AgreementForm", u"What supervision is for, for both of you", None))
        self.format_label.setText(QCoreApplication.translate("AgreementForm", u"&Format", None))
#if QT_CONFIG(accessibility)
        self.format.setAccessibleName(QCoreApplication.translate("AgreementForm", u"Format", None))
#endif // QT_CONFIG(accessibility)
        self.format.setPlaceholderText(QCoreApplication.translate("AgreementForm", u"One-to-one, group, online or in person", None))
        self.place_label.setText(QCoreApplication.translate("AgreementForm", u"P&lace", None))
#if QT_CONFIG(accessibility)
        self.place.setAccessibleName(QCoreApplication.translate("AgreementForm", u"Place", None))
#endif // QT_CONFIG(accessibility)
        self.place.setPlaceholderText(QCoreApplication.translate("AgreementForm", u"Where you meet", None))
        self.cancellation_label.setText(QCoreApplication.translate("AgreementForm", u"&Cancellation", None))
#if QT_CONFIG(accessibility)
        self.cancellation.setAccessibleName(QCoreApplication.translate("AgreementForm", u"Cancellation", None))
#endif // QT_CONFIG(accessibility)
        self.cancellation.setPlaceholderText(QCoreApplication.translate("AgreementForm", u"How a session is cancelled and rearranged", None))
        self.confidentiality_label.setText(QCoreApplication.translate("AgreementForm", u"C&onfidentiality", None))
#if QT_CONFIG(accessibility)
        self.confidentiality.setAccessibleName(QCoreApplication.translate("AgreementForm", u"Confidentiality", None))
#endif // QT_CONFIG(accessibility)
        self.confidentiality.setPlaceholderText(QCoreApplication.translate("AgreementForm", u"What stays between you", None))
        self.confidentiality_limits_label.setText(QCoreApplication.translate("AgreementForm", u"Li&mits of confidentiality", None))
#if QT_CONFIG(accessibility)
        self.confidentiality_limits.setAccessibleName(QCoreApplication.translate("AgreementForm", u"Limits of confidentiality", None))
#endif // QT_CONFIG(accessibility)
        self.confidentiality_limits.setPlaceholderText(QCoreApplication.translate("AgreementForm", u"When something must be shared, and with whom", None))
        self.recording_label.setText(QCoreApplication.translate("AgreementForm", u"Who &records", None))
#if QT_CONFIG(accessibility)
        self.recording.setAccessibleName(QCoreApplication.translate("AgreementForm", u"Who records", None))
#endif // QT_CONFIG(accessibility)
        self.recording.setPlaceholderText(QCoreApplication.translate("AgreementForm", u"Who writes the record of each session", None))
        self.copies_label.setText(QCoreApplication.translate("AgreementForm", u"Who &keeps copies", None))
#if QT_CONFIG(accessibility)
        self.copies.setAccessibleName(QCoreApplication.translate("AgreementForm", u"Who keeps copies", None))
#endif // QT_CONFIG(accessibility)
        self.copies.setPlaceholderText(QCoreApplication.translate("AgreementForm", u"Who keeps a copy, and where", None))
        self.disagreement_label.setText(QCoreApplication.translate("AgreementForm", u"&Disagreement", None))
#if QT_CONFIG(accessibility)
        self.disagreement.setAccessibleName(QCoreApplication.translate("AgreementForm", u"Disagreement", None))
#endif // QT_CONFIG(accessibility)
        self.disagreement.setPlaceholderText(QCoreApplication.translate("AgreementForm", u"How you handle a disagreement", None))
        self.review_label.setText(QCoreApplication.translate("AgreementForm", u"Review date", None))
        self.reevaluate_label.setText(QCoreApplication.translate("AgreementForm", u"Re-e&valuate every", None))
#if QT_CONFIG(accessibility)
        self.reevaluate.setAccessibleName(QCoreApplication.translate("AgreementForm", u"Re-evaluate the relationship every", None))
#endif // QT_CONFIG(accessibility)
        self.reevaluate.setSpecialValueText(QCoreApplication.translate("AgreementForm", u"As in your settings", None))
        self.reevaluate.setSuffix(QCoreApplication.translate("AgreementForm", u" sessions", None))
    # retranslateUi

