"""Writes the corpus's e-mails with Python's own e-mail library (a MIME writer that is not ours).

Usage: mails.py OUT_DIR DOCX PNG
"""
import sys
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from datetime import datetime, timezone

out, docx, png = sys.argv[1:4]

forwarded = EmailMessage()
forwarded["From"] = "Team site Gaouri <tsgaouri@minucar.example>"
forwarded["To"] = "JOC <joc@minucar.example>"
forwarded["Subject"] = "Photo du barrage sur la route de Gaouri"
forwarded["Date"] = format_datetime(datetime(2026, 11, 19, 7, 45, tzinfo=timezone.utc))
forwarded.set_content("Nestedforward : barrage signalé à l'entrée de Gaouri, photo jointe.\n", cte="quoted-printable")
with open(png, "rb") as f:
    forwarded.add_attachment(f.read(), maintype="image", subtype="png", filename="barrage.png")

cable = EmailMessage()
cable["From"] = "JMAC Chief <jmac@minucar.example>"
cable["To"] = "U2 <u2@minucar.example>"
cable["Subject"] = "Code cable: évaluation hebdomadaire W47"
cable["Date"] = format_datetime(datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc))
cable.set_content("Cablebody: please find the weekly assessment attached.\n"
                  "Les déplacés de Sembé ont besoin d'une escorte.\n", cte="quoted-printable")
cable.add_alternative("<html><body><p>Cablebody: please find the weekly assessment attached.</p>"
                      "<p>Les d&eacute;plac&eacute;s de Semb&eacute; ont besoin d'une escorte.</p></body></html>",
                      subtype="html")
with open(docx, "rb") as f:
    cable.add_attachment(f.read(), maintype="application",
                         subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                         filename="évaluation W47.docx")
cable.add_attachment(forwarded)
with open(out + "/code-cable.eml", "wb") as f:
    f.write(cable.as_bytes(policy=SMTP))
