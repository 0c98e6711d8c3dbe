# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'peer_reflection.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpinBox, QWidget)

from supervision_app.gui.supervision.widgets import TextBox

class Ui_PeerReflectionForm(object):
    def setupUi(self, PeerReflectionForm):
        if not PeerReflectionForm.objectName():
            PeerReflectionForm.setObjectName(u"PeerReflectionForm")
        self.form = QFormLayout(PeerReflectionForm)
        self.form.setObjectName(u"form")
        self.peer_role_label = QLabel(PeerReflectionForm)
        self.peer_role_label.setObjectName(u"peer_role_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.peer_role_label)

        self.peer_role = QLineEdit(PeerReflectionForm)
        self.peer_role.setObjectName(u"peer_role")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.peer_role)

        self.date_label = QLabel(PeerReflectionForm)
        self.date_label.setObjectName(u"date_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.minutes_label = QLabel(PeerReflectionForm)
        self.minutes_label.setObjectName(u"minutes_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.minutes_label)

        self.minutes = QSpinBox(PeerReflectionForm)
        self.minutes.setObjectName(u"minutes")
        self.minutes.setSingleStep(15)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.minutes)

        self.partner_label = QLabel(PeerReflectionForm)
        self.partner_label.setObjectName(u"partner_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.partner_label)

        self.partner = QComboBox(PeerReflectionForm)
        self.partner.setObjectName(u"partner")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.partner)

        self.topic_label = QLabel(PeerReflectionForm)
        self.topic_label.setObjectName(u"topic_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.topic_label)

        self.topic = QLineEdit(PeerReflectionForm)
        self.topic.setObjectName(u"topic")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.topic)

        self.discussion_label = QLabel(PeerReflectionForm)
        self.discussion_label.setObjectName(u"discussion_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.discussion_label)

        self.discussion = TextBox(PeerReflectionForm)
        self.discussion.setObjectName(u"discussion")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.discussion)

        self.learning_label = QLabel(PeerReflectionForm)
        self.learning_label.setObjectName(u"learning_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.learning_label)

        self.learning = TextBox(PeerReflectionForm)
        self.learning.setObjectName(u"learning")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.learning)

        self.hint = QLabel(PeerReflectionForm)
        self.hint.setObjectName(u"hint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.hint)

#if QT_CONFIG(shortcut)
        self.peer_role_label.setBuddy(self.peer_role)
        self.minutes_label.setBuddy(self.minutes)
        self.partner_label.setBuddy(self.partner)
        self.topic_label.setBuddy(self.topic)
        self.discussion_label.setBuddy(self.discussion)
        self.learning_label.setBuddy(self.learning)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.peer_role, self.minutes)
        QWidget.setTabOrder(self.minutes, self.partner)
        QWidget.setTabOrder(self.partner, self.topic)
        QWidget.setTabOrder(self.topic, self.discussion)
        QWidget.setTabOrder(self.discussion, self.learning)

        self.retranslateUi(PeerReflectionForm)

        QMetaObject.connectSlotsByName(PeerReflectionForm)
    # setupUi

    def retranslateUi(self, PeerReflectionForm):
        self.peer_role_label.setText(QCoreApplication.translate("PeerReflectionForm", u"Peer's &role", None))
#if QT_CONFIG(accessibility)
        self.peer_role.setAccessibleName(QCoreApplication.translate("PeerReflectionForm", u"Peer's role", None))
#endif // QT_CONFIG(accessibility)
        self.peer_role.setPlaceholderText(QCoreApplication.translate("PeerReflectionForm", u"e.g. social worker in the hospital team", None))
        self.date_label.setText(QCoreApplication.translate("PeerReflectionForm", u"&Date", None))
        self.minutes_label.setText(QCoreApplication.translate("PeerReflectionForm", u"&Time spent", None))
#if QT_CONFIG(accessibility)
        self.minutes.setAccessibleName(QCoreApplication.translate("PeerReflectionForm", u"Time spent", None))
#endif // QT_CONFIG(accessibility)
        self.minutes.setSuffix(QCoreApplication.translate("PeerReflectionForm", u" min", None))
        self.partner_label.setText(QCoreApplication.translate("PeerReflectionForm", u"&Partner", None))
#if QT_CONFIG(accessibility)
        self.partner.setAccessibleName(QCoreApplication.translate("PeerReflectionForm", u"Peer among your partners", None))
#endif // QT_CONFIG(accessibility)
        self.topic_label.setText(QCoreApplication.translate("PeerReflectionForm", u"T&opic", None))
#if QT_CONFIG(accessibility)
        self.topic.setAccessibleName(QCoreApplication.translate("PeerReflectionForm", u"Topic", None))
#endif // QT_CONFIG(accessibility)
        self.topic.setPlaceholderText(QCoreApplication.translate("PeerReflectionForm", u"What you talked about, without names", None))
        self.discussion_label.setText(QCoreApplication.translate("PeerReflectionForm", u"D&iscussion", None))
#if QT_CONFIG(accessibility)
        self.discussion.setAccessibleName(QCoreApplication.translate("PeerReflectionForm", u"Discussion", None))
#endif // QT_CONFIG(accessibility)
        self.discussion.setPlaceholderText(QCoreApplication.translate("PeerReflectionForm", u"How the discussion went", None))
        self.learning_label.setText(QCoreApplication.translate("PeerReflectionForm", u"What I &learnt", None))
#if QT_CONFIG(accessibility)
        self.learning.setAccessibleName(QCoreApplication.translate("PeerReflectionForm", u"What I learnt", None))
#endif // QT_CONFIG(accessibility)
        self.learning.setPlaceholderText(QCoreApplication.translate("PeerReflectionForm", u"What you learnt, and what you will do", None))
        self.hint.setText(QCoreApplication.translate("PeerReflectionForm", u"Refer to people you support only by a pseudonym or reference.", None))
        pass
    # retranslateUi

