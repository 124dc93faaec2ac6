import { getImageProps } from 'next/image'
import { preload } from 'react-dom'

type Props = {
  src: string
  alt: string
  width: number
  height: number
  /** How wide the image shows, so the browser picks the smallest file from the srcset. */
  sizes: string
  className?: string
  /** The page's largest image: loaded eagerly, preloaded from <head>, fetched first. */
  priority?: boolean
}

/**
 * An `<img>` with next/image's optimized srcset, rendered on the server. `next/image`'s `Image`
 * is a client component (about 8 KB of gzipped JavaScript per page) that only adds load and error
 * handlers we do not use; the markup it renders is the same.
 */
export const ResponsiveImage = ({ priority = false, ...image }: Props) => {
  const { props } = getImageProps({ ...image, loading: priority ? 'eager' : 'lazy' })
  if (priority) {
    preload(props.src, {
      as: 'image',
      imageSrcSet: props.srcSet,
      imageSizes: props.sizes,
      fetchPriority: 'high',
    })
  }
  return <img {...props} alt={image.alt} fetchPriority={priority ? 'high' : undefined} />
}
