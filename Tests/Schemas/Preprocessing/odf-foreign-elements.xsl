<?xml version="1.0" encoding="UTF-8"?>
<!-- The processing of foreign elements and attributes that ODF 1.3 Part 3 (section 3.17 and appendix B)
     asks for before validation: an element or attribute in a namespace that is not one of ODF's own
     (Part 3, section 1.5, tables 1 to 3) is removed; a foreign element inside a paragraph or heading, where
     character data is allowed all the way up to it, is removed as if only its tags were (its content stays).
     "Character data allowed" is taken as: every element between it and the paragraph is foreign or in the
     text namespace and is not one that holds paragraphs (notes, ruby). Attributes with no namespace are kept,
     so the schema reports them. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">
  <xsl:output method="xml" encoding="UTF-8"/>

  <xsl:variable name="odf" select="concat(' ',
    'urn:oasis:names:tc:opendocument:xmlns:office:1.0 ',
    'urn:oasis:names:tc:opendocument:xmlns:style:1.0 ',
    'urn:oasis:names:tc:opendocument:xmlns:text:1.0 ',
    'urn:oasis:names:tc:opendocument:xmlns:table:1.0 ',
    'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0 ',
    'urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0 ',
    'urn:oasis:names:tc:opendocument:xmlns:presentation:1.0 ',
    'urn:oasis:names:tc:opendocument:xmlns:chart:1.0 ',
    'urn:oasis:names:tc:opendocument:xmlns:dr3d:1.0 ',
    'urn:oasis:names:tc:opendocument:xmlns:animation:1.0 ',
    'urn:oasis:names:tc:opendocument:xmlns:form:1.0 ',
    'urn:oasis:names:tc:opendocument:xmlns:script:1.0 ',
    'urn:oasis:names:tc:opendocument:xmlns:config:1.0 ',
    'urn:oasis:names:tc:opendocument:xmlns:database:1.0 ',
    'urn:oasis:names:tc:opendocument:xmlns:meta:1.0 ',
    'urn:oasis:names:tc:opendocument:xmlns:manifest:1.0 ',
    'http://docs.oasis-open.org/ns/office/1.2/meta/odf# ',
    'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0 ',
    'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0 ',
    'urn:oasis:names:tc:opendocument:xmlns:smil-compatible:1.0 ',
    'http://purl.org/dc/elements/1.1/ ',
    'http://www.w3.org/1999/xlink ',
    'http://www.w3.org/1998/Math/MathML ',
    'http://www.w3.org/2002/xforms ',
    'http://www.w3.org/1999/xhtml ',
    'http://www.w3.org/2003/g/data-view# ',
    'http://www.w3.org/XML/1998/namespace ')"/>
  <xsl:variable name="textNamespace" select="'urn:oasis:names:tc:opendocument:xmlns:text:1.0'"/>

  <xsl:template match="/">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="*">
    <xsl:choose>
      <xsl:when test="namespace-uri() = '' or contains($odf, concat(' ', namespace-uri(), ' '))">
        <xsl:copy>
          <xsl:apply-templates select="@*|node()"/>
        </xsl:copy>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="paragraphs" select="count(ancestor::text:p | ancestor::text:h)"/>
        <xsl:if test="$paragraphs > 0 and not(ancestor::*[count(ancestor::text:p | ancestor::text:h) = $paragraphs][contains($odf, concat(' ', namespace-uri(), ' '))][namespace-uri() != $textNamespace or self::text:note or self::text:note-body or self::text:ruby])">
          <xsl:apply-templates select="node()"/>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="@*">
    <xsl:if test="namespace-uri() = '' or contains($odf, concat(' ', namespace-uri(), ' '))">
      <xsl:copy/>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
