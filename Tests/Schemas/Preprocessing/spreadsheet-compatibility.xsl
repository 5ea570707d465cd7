<?xml version="1.0" encoding="UTF-8"?>
<!-- Markup compatibility processing for SpreadsheetML parts, as markup-compatibility.xsl does it, and one
     thing more: xml:space on a text element (t) is dropped. Excel writes xml:space="preserve" on every t
     whose text starts or ends with a space, in shared strings and inline strings alike, and reads it so;
     sml.xsd types t as a plain string, which has no attributes. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
  <xsl:import href="markup-compatibility.xsl"/>
  <xsl:output method="xml" encoding="UTF-8"/>

  <xsl:template match="x:t/@xml:space"/>
</xsl:stylesheet>
